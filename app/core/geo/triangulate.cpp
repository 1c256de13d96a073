// SPDX-License-Identifier: MIT
// Ear-clipping triangulation after the algorithm of Mapbox's earcut (ISC licence): rings become
// circular doubly linked lists, holes are bridged into the outer ring from left to right, and ears
// are cut while a z-order curve index keeps the "is any other vertex inside this ear?" test local.
// When no ear is left, the remaining ring is cleaned of duplicate/collinear points, then small
// self-intersections are cured, then it is split along a valid diagonal, in that order.
#include "geo/triangulate.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace sim {

namespace {

struct Node {
    std::uint32_t i; // index into the input points
    double x, y;
    Node *prev = nullptr, *next = nullptr;
    std::int32_t z = 0; // z-order curve value
    Node *prevZ = nullptr, *nextZ = nullptr; // neighbours in z-order
    bool steiner = false;
};

class Earcut
{
public:
    Earcut(std::span<const Vec2> points, std::span<const std::uint32_t> holeStarts, std::vector<std::uint32_t> &out)
        : m_points(points), m_out(out)
    {
        const std::uint32_t n = std::uint32_t(points.size());
        const std::uint32_t outerEnd = holeStarts.empty() ? n : holeStarts.front();
        Node *outer = linkedList(0, outerEnd, true);
        if (!outer || outer->next == outer->prev)
            return;
        if (!holeStarts.empty())
            outer = eliminateHoles(holeStarts, outer);
        // Small polygons are cheaper without the index.
        if (n > 80) {
            m_minX = m_maxX = points[0].x;
            m_minY = m_maxY = points[0].y;
            for (std::uint32_t k = 1; k < outerEnd; ++k) {
                m_minX = std::min(m_minX, points[k].x);
                m_minY = std::min(m_minY, points[k].y);
                m_maxX = std::max(m_maxX, points[k].x);
                m_maxY = std::max(m_maxY, points[k].y);
            }
            const double size = std::max(m_maxX - m_minX, m_maxY - m_minY);
            m_invSize = size > 0 ? 32767.0 / size : 0;
        }
        earcutLinked(outer, 0);
    }

private:
    Node *newNode(std::uint32_t i, double x, double y)
    {
        m_nodes.push_back(Node {i, x, y});
        return &m_nodes.back();
    }

    static double area(const Node *p, const Node *q, const Node *r)
    {
        return (q->y - p->y) * (r->x - q->x) - (q->x - p->x) * (r->y - q->y);
    }
    static bool equals(const Node *a, const Node *b) { return a->x == b->x && a->y == b->y; }

    Node *insertNode(std::uint32_t i, Node *last)
    {
        Node *p = newNode(i, m_points[i].x, m_points[i].y);
        if (!last) {
            p->prev = p;
            p->next = p;
        } else {
            p->next = last->next;
            p->prev = last;
            last->next->prev = p;
            last->next = p;
        }
        return p;
    }

    static void removeNode(Node *p)
    {
        p->next->prev = p->prev;
        p->prev->next = p->next;
        if (p->prevZ)
            p->prevZ->nextZ = p->nextZ;
        if (p->nextZ)
            p->nextZ->prevZ = p->prevZ;
    }

    // A ring [start, end) as a circular list in the wanted winding.
    Node *linkedList(std::uint32_t start, std::uint32_t end, bool clockwise)
    {
        if (end <= start)
            return nullptr;
        double sum = 0;
        for (std::uint32_t i = start, j = end - 1; i < end; j = i++)
            sum += (m_points[j].x - m_points[i].x) * (m_points[i].y + m_points[j].y);
        Node *last = nullptr;
        if (clockwise == (sum > 0)) {
            for (std::uint32_t i = start; i < end; ++i)
                last = insertNode(i, last);
        } else {
            for (std::uint32_t i = end; i-- > start;)
                last = insertNode(i, last);
        }
        if (last && equals(last, last->next)) {
            Node *next = last->next;
            removeNode(last);
            last = next;
        }
        return last;
    }

    // Removes duplicate and collinear points.
    static Node *filterPoints(Node *start, Node *end = nullptr)
    {
        if (!start)
            return start;
        if (!end)
            end = start;
        Node *p = start;
        bool again;
        do {
            again = false;
            if (!p->steiner && (equals(p, p->next) || area(p->prev, p, p->next) == 0)) {
                Node *prev = p->prev;
                removeNode(p);
                p = end = prev;
                if (p == p->next)
                    break;
                again = true;
            } else {
                p = p->next;
            }
        } while (again || p != end);
        return end;
    }

    void addTriangle(const Node *a, const Node *b, const Node *c)
    {
        m_out.push_back(a->i);
        m_out.push_back(b->i);
        m_out.push_back(c->i);
    }

    void earcutLinked(Node *ear, int pass)
    {
        if (!ear)
            return;
        if (pass == 0 && m_invSize != 0)
            indexCurve(ear);
        Node *stop = ear;
        while (ear->prev != ear->next) {
            Node *prev = ear->prev;
            Node *next = ear->next;
            if (m_invSize != 0 ? isEarHashed(ear) : isEar(ear)) {
                addTriangle(prev, ear, next);
                removeNode(ear);
                // skipping the next vertex leaves fewer sliver triangles
                ear = next->next;
                stop = next->next;
                continue;
            }
            ear = next;
            if (ear == stop) {
                if (pass == 0) {
                    earcutLinked(filterPoints(ear), 1);
                } else if (pass == 1) {
                    ear = cureLocalIntersections(filterPoints(ear));
                    earcutLinked(ear, 2);
                } else if (pass == 2) {
                    splitEarcut(ear);
                }
                break;
            }
        }
    }

    static bool pointInTriangle(double ax, double ay, double bx, double by, double cx, double cy, double px, double py)
    {
        return (cx - px) * (ay - py) >= (ax - px) * (cy - py) && (ax - px) * (by - py) >= (bx - px) * (ay - py)
                && (bx - px) * (cy - py) >= (cx - px) * (by - py);
    }

    static bool isEar(const Node *ear)
    {
        const Node *a = ear->prev, *b = ear, *c = ear->next;
        if (area(a, b, c) >= 0)
            return false; // reflex
        const double x0 = std::min({a->x, b->x, c->x}), y0 = std::min({a->y, b->y, c->y});
        const double x1 = std::max({a->x, b->x, c->x}), y1 = std::max({a->y, b->y, c->y});
        for (const Node *p = c->next; p != a; p = p->next) {
            if (p->x >= x0 && p->x <= x1 && p->y >= y0 && p->y <= y1
                    && pointInTriangle(a->x, a->y, b->x, b->y, c->x, c->y, p->x, p->y) && area(p->prev, p, p->next) >= 0)
                return false;
        }
        return true;
    }

    bool isEarHashed(const Node *ear) const
    {
        const Node *a = ear->prev, *b = ear, *c = ear->next;
        if (area(a, b, c) >= 0)
            return false;
        const double x0 = std::min({a->x, b->x, c->x}), y0 = std::min({a->y, b->y, c->y});
        const double x1 = std::max({a->x, b->x, c->x}), y1 = std::max({a->y, b->y, c->y});
        const std::int32_t minZ = zOrder(x0, y0), maxZ = zOrder(x1, y1);
        auto blocks = [&](const Node *p) {
            return p->x >= x0 && p->x <= x1 && p->y >= y0 && p->y <= y1 && p != a && p != c
                    && pointInTriangle(a->x, a->y, b->x, b->y, c->x, c->y, p->x, p->y) && area(p->prev, p, p->next) >= 0;
        };
        const Node *p = ear->prevZ, *n = ear->nextZ;
        while (p && p->z >= minZ && n && n->z <= maxZ) {
            if (blocks(p))
                return false;
            p = p->prevZ;
            if (blocks(n))
                return false;
            n = n->nextZ;
        }
        for (; p && p->z >= minZ; p = p->prevZ)
            if (blocks(p))
                return false;
        for (; n && n->z <= maxZ; n = n->nextZ)
            if (blocks(n))
                return false;
        return true;
    }

    Node *cureLocalIntersections(Node *start)
    {
        Node *p = start;
        do {
            Node *a = p->prev, *b = p->next->next;
            if (!equals(a, b) && intersects(a, p, p->next, b) && locallyInside(a, b) && locallyInside(b, a)) {
                addTriangle(a, p, b);
                removeNode(p);
                removeNode(p->next);
                p = start = b;
            }
            p = p->next;
        } while (p != start);
        return filterPoints(p);
    }

    void splitEarcut(Node *start)
    {
        Node *a = start;
        do {
            Node *b = a->next->next;
            while (b != a->prev) {
                if (a->i != b->i && isValidDiagonal(a, b)) {
                    Node *c = splitPolygon(a, b);
                    a = filterPoints(a, a->next);
                    c = filterPoints(c, c->next);
                    earcutLinked(a, 0);
                    earcutLinked(c, 0);
                    return;
                }
                b = b->next;
            }
            a = a->next;
        } while (a != start);
    }

    Node *eliminateHoles(std::span<const std::uint32_t> holeStarts, Node *outer)
    {
        std::vector<Node *> queue;
        queue.reserve(holeStarts.size());
        for (size_t h = 0; h < holeStarts.size(); ++h) {
            const std::uint32_t start = holeStarts[h];
            const std::uint32_t end = h + 1 < holeStarts.size() ? holeStarts[h + 1] : std::uint32_t(m_points.size());
            Node *list = linkedList(start, end, false);
            if (!list)
                continue;
            if (list == list->next)
                list->steiner = true;
            queue.push_back(leftmost(list));
        }
        std::sort(queue.begin(), queue.end(), [](const Node *a, const Node *b) { return a->x < b->x; });
        for (Node *hole : queue)
            outer = eliminateHole(hole, outer);
        return outer;
    }

    Node *eliminateHole(Node *hole, Node *outer)
    {
        Node *bridge = findHoleBridge(hole, outer);
        if (!bridge)
            return outer;
        Node *bridgeReverse = splitPolygon(bridge, hole);
        filterPoints(bridgeReverse, bridgeReverse->next);
        return filterPoints(bridge, bridge->next);
    }

    // David Eberly's bridge from a hole's leftmost point to the outer ring.
    static Node *findHoleBridge(Node *hole, Node *outer)
    {
        Node *p = outer;
        const double hx = hole->x, hy = hole->y;
        double qx = -std::numeric_limits<double>::infinity();
        Node *m = nullptr;
        do {
            if (hy <= p->y && hy >= p->next->y && p->next->y != p->y) {
                const double x = p->x + (hy - p->y) * (p->next->x - p->x) / (p->next->y - p->y);
                if (x <= hx && x > qx) {
                    qx = x;
                    m = p->x < p->next->x ? p : p->next;
                    if (x == hx)
                        return m; // the hole touches the outer segment
                }
            }
            p = p->next;
        } while (p != outer);
        if (!m)
            return nullptr;
        // Points inside the triangle (hole point, intersection, m) would block the bridge: take the
        // one at the smallest angle to the ray instead.
        Node *stop = m;
        const double mx = m->x, my = m->y;
        double tanMin = std::numeric_limits<double>::infinity();
        p = m;
        do {
            if (hx >= p->x && p->x >= mx && hx != p->x
                    && pointInTriangle(hy < my ? hx : qx, hy, mx, my, hy < my ? qx : hx, hy, p->x, p->y)) {
                const double tan = std::abs(hy - p->y) / (hx - p->x);
                if (locallyInside(p, hole)
                        && (tan < tanMin || (tan == tanMin && (p->x > m->x || (p->x == m->x && sectorContainsSector(m, p)))))) {
                    m = p;
                    tanMin = tan;
                }
            }
            p = p->next;
        } while (p != stop);
        return m;
    }

    static bool sectorContainsSector(const Node *m, const Node *p)
    {
        return area(m->prev, m, p->prev) < 0 && area(p->next, m, m->next) < 0;
    }

    std::int32_t zOrder(double fx, double fy) const
    {
        auto spread = [](std::uint32_t v) {
            v = (v | (v << 8)) & 0x00FF00FFu;
            v = (v | (v << 4)) & 0x0F0F0F0Fu;
            v = (v | (v << 2)) & 0x33333333u;
            v = (v | (v << 1)) & 0x55555555u;
            return v;
        };
        const auto x = std::uint32_t(std::clamp((fx - m_minX) * m_invSize, 0.0, 32767.0));
        const auto y = std::uint32_t(std::clamp((fy - m_minY) * m_invSize, 0.0, 32767.0));
        return std::int32_t(spread(x) | (spread(y) << 1));
    }

    void indexCurve(Node *start)
    {
        Node *p = start;
        do {
            if (p->z == 0)
                p->z = zOrder(p->x, p->y);
            p->prevZ = p->prev;
            p->nextZ = p->next;
            p = p->next;
        } while (p != start);
        p->prevZ->nextZ = nullptr;
        p->prevZ = nullptr;
        sortLinked(p);
    }

    // Simon Tatham's merge sort of a linked list, on z.
    static Node *sortLinked(Node *list)
    {
        int inSize = 1;
        int numMerges;
        do {
            Node *p = list;
            list = nullptr;
            Node *tail = nullptr;
            numMerges = 0;
            while (p) {
                ++numMerges;
                Node *q = p;
                int pSize = 0;
                for (int k = 0; k < inSize; ++k) {
                    ++pSize;
                    q = q->nextZ;
                    if (!q)
                        break;
                }
                int qSize = inSize;
                while (pSize > 0 || (qSize > 0 && q)) {
                    Node *e;
                    if (pSize != 0 && (qSize == 0 || !q || p->z <= q->z)) {
                        e = p;
                        p = p->nextZ;
                        --pSize;
                    } else {
                        e = q;
                        q = q->nextZ;
                        --qSize;
                    }
                    if (tail)
                        tail->nextZ = e;
                    else
                        list = e;
                    e->prevZ = tail;
                    tail = e;
                }
                p = q;
            }
            if (tail)
                tail->nextZ = nullptr;
            inSize *= 2;
        } while (numMerges > 1);
        return list;
    }

    static Node *leftmost(Node *start)
    {
        Node *p = start, *left = start;
        do {
            if (p->x < left->x || (p->x == left->x && p->y < left->y))
                left = p;
            p = p->next;
        } while (p != start);
        return left;
    }

    static bool isValidDiagonal(const Node *a, const Node *b)
    {
        return a->next->i != b->i && a->prev->i != b->i && !intersectsPolygon(a, b)
                && ((locallyInside(a, b) && locallyInside(b, a) && middleInside(a, b)
                            && (area(a->prev, a, b->prev) != 0 || area(a, b->prev, b) != 0))
                        || (equals(a, b) && area(a->prev, a, a->next) > 0 && area(b->prev, b, b->next) > 0));
    }

    static int sign(double v) { return v > 0 ? 1 : v < 0 ? -1 : 0; }

    static bool onSegment(const Node *p, const Node *q, const Node *r)
    {
        return q->x <= std::max(p->x, r->x) && q->x >= std::min(p->x, r->x) && q->y <= std::max(p->y, r->y)
                && q->y >= std::min(p->y, r->y);
    }

    static bool intersects(const Node *p1, const Node *q1, const Node *p2, const Node *q2)
    {
        const int o1 = sign(area(p1, q1, p2));
        const int o2 = sign(area(p1, q1, q2));
        const int o3 = sign(area(p2, q2, p1));
        const int o4 = sign(area(p2, q2, q1));
        if (o1 != o2 && o3 != o4)
            return true;
        if (o1 == 0 && onSegment(p1, p2, q1))
            return true;
        if (o2 == 0 && onSegment(p1, q2, q1))
            return true;
        if (o3 == 0 && onSegment(p2, p1, q2))
            return true;
        if (o4 == 0 && onSegment(p2, q1, q2))
            return true;
        return false;
    }

    static bool intersectsPolygon(const Node *a, const Node *b)
    {
        const Node *p = a;
        do {
            if (p->i != a->i && p->next->i != a->i && p->i != b->i && p->next->i != b->i && intersects(p, p->next, a, b))
                return true;
            p = p->next;
        } while (p != a);
        return false;
    }

    static bool locallyInside(const Node *a, const Node *b)
    {
        return area(a->prev, a, a->next) < 0 ? area(a, b, a->next) >= 0 && area(a, a->prev, b) >= 0
                                             : area(a, b, a->prev) < 0 || area(a, a->next, b) < 0;
    }

    static bool middleInside(const Node *a, const Node *b)
    {
        const Node *p = a;
        bool inside = false;
        const double px = (a->x + b->x) / 2, py = (a->y + b->y) / 2;
        do {
            if (((p->y > py) != (p->next->y > py)) && p->next->y != p->y
                    && (px < (p->next->x - p->x) * (py - p->y) / (p->next->y - p->y) + p->x))
                inside = !inside;
            p = p->next;
        } while (p != a);
        return inside;
    }

    // Links a and b with a bridge: splits one ring into two, or merges a hole into the outer ring.
    Node *splitPolygon(Node *a, Node *b)
    {
        Node *a2 = newNode(a->i, a->x, a->y);
        Node *b2 = newNode(b->i, b->x, b->y);
        Node *an = a->next;
        Node *bp = b->prev;
        a->next = b;
        b->prev = a;
        a2->next = an;
        an->prev = a2;
        b2->next = a2;
        a2->prev = b2;
        bp->next = b2;
        b2->prev = bp;
        return b2;
    }

    std::span<const Vec2> m_points;
    std::vector<std::uint32_t> &m_out;
    std::deque<Node> m_nodes; // stable addresses
    double m_minX = 0, m_minY = 0, m_maxX = 0, m_maxY = 0, m_invSize = 0;
};

} // namespace

std::vector<std::uint32_t> triangulate(std::span<const Vec2> points, std::span<const std::uint32_t> holeStarts)
{
    std::vector<std::uint32_t> out;
    if (points.size() < 3 || points.size() >= std::numeric_limits<std::uint32_t>::max())
        return out;
    out.reserve((points.size() + 2 * holeStarts.size()) * 3);
    Earcut run(points, holeStarts, out);
    return out;
}

double trianglesArea(std::span<const Vec2> points, std::span<const std::uint32_t> triangles)
{
    double sum = 0;
    for (size_t t = 0; t + 2 < triangles.size(); t += 3) {
        const Vec2 &a = points[triangles[t]], &b = points[triangles[t + 1]], &c = points[triangles[t + 2]];
        sum += std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
    }
    return sum;
}

} // namespace sim
