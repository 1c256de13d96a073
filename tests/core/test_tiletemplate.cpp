// SPDX-License-Identifier: MIT
// The tile server's URL template (issue 14): which templates the map can use, the exact message
// for each that it cannot, and what is handed to Qt Location's osm plugin (osm.mapping.custom.host).
// tests/quick/tile_server.py checks against a real server that the map asks for exactly the
// template's URLs (quick_tiles_pattern, quick_tiles_query).
#include "basemap/tiletemplate.h"

#include <QUrl>

#include <gtest/gtest.h>

namespace {

using sim::parseTileTemplate;

sim::TileTemplate ok(const char *text)
{
    QString why;
    const sim::TileTemplate t = parseTileTemplate(QString::fromUtf8(text), why);
    EXPECT_EQ(why, QString()) << text;
    return t;
}

QString refused(const char *text)
{
    QString why;
    EXPECT_TRUE(parseTileTemplate(QString::fromUtf8(text), why).url.isEmpty()) << text;
    return why;
}

TEST(TileTemplate, OpenStreetMapsTemplate)
{
    const auto t = ok("  https://tile.openstreetmap.org/{z}/{x}/{y}.png ");
    EXPECT_EQ(t.url, QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    EXPECT_EQ(t.customHost, QStringLiteral("https://tile.openstreetmap.org/%z/%x/%y.png#"));
    EXPECT_EQ(t.tileUrl(10, 857, 418), QStringLiteral("https://tile.openstreetmap.org/10/857/418.png"));
    EXPECT_EQ(t.host(), QStringLiteral("tile.openstreetmap.org"));
}

TEST(TileTemplate, AnyOrderAnyQueryAnySuffix)
{
    const auto t = ok("http://127.0.0.1:8080/tiles/v1/{x}/{y}/{z}@2x.jpg?key=abc&lang=zh");
    EXPECT_EQ(t.customHost, QStringLiteral("http://127.0.0.1:8080/tiles/v1/%x/%y/%z@2x.jpg?key=abc&lang=zh#"));
    EXPECT_EQ(t.tileUrl(3, 6, 2), QStringLiteral("http://127.0.0.1:8080/tiles/v1/6/2/3@2x.jpg?key=abc&lang=zh"));
    EXPECT_EQ(t.host(), QStringLiteral("127.0.0.1:8080"));
    const auto q = ok("https://maps.example.org/wmts?layer=base&TileMatrix={z}&TileCol={x}&TileRow={y}");
    EXPECT_EQ(q.tileUrl(4, 13, 6), QStringLiteral("https://maps.example.org/wmts?layer=base&TileMatrix=4&TileCol=13&TileRow=6"));
}

TEST(TileTemplate, WhatThePluginAppendsEndsUpInTheFragmentThatIsNeverSent)
{
    // The osm plugin appends "%z/%x/%y.png" to osm.mapping.custom.host and fills the first %z, %x
    // and %y. Filled in that way, the request a client sends (the URL without its fragment) is
    // the template's own tile URL.
    for (const char *text : {"https://tile.openstreetmap.org/{z}/{x}/{y}.png", "http://h:1/t.png?y={y}&x={x}&z={z}"}) {
        const auto t = ok(text);
        QString filled = t.customHost + QStringLiteral("%z/%x/%y.png");
        for (const auto &[p, v] : {std::pair {"%z", 7}, {"%x", 106}, {"%y", 52}})
            filled.replace(filled.indexOf(QLatin1String(p)), 2, QString::number(v));
        EXPECT_EQ(QUrl(filled).adjusted(QUrl::RemoveFragment).toString(), QUrl(t.tileUrl(7, 106, 52)).toString()) << text;
    }
}

TEST(TileTemplate, WhatCannotBeUsedIsRefusedWithTheReason)
{
    EXPECT_EQ(refused("tile.openstreetmap.org/{z}/{x}/{y}.png"),
            QStringLiteral("not an http(s) URL template with {z}, {x} and {y}, e.g. "
                           "https://tile.openstreetmap.org/{z}/{x}/{y}.png: \"tile.openstreetmap.org/{z}/{x}/{y}.png\""));
    EXPECT_EQ(refused("ftp://example.org/{z}/{x}/{y}.png").left(31), QStringLiteral("not an http(s) URL template wit"));
    EXPECT_EQ(refused("https://example.org/{z}/{x}.png").left(31), QStringLiteral("not an http(s) URL template wit"));
    EXPECT_EQ(refused("https:///{z}/{x}/{y}.png").left(31), QStringLiteral("not an http(s) URL template wit"));
    EXPECT_EQ(refused("https://example.org/{z}/{x}/{y}/{x}.png"),
            QStringLiteral("{x} must appear once in the template: \"https://example.org/{z}/{x}/{y}/{x}.png\""));
    EXPECT_EQ(refused("https://{s}.tile.example.org/{z}/{x}/{y}.png"),
            QStringLiteral("the template has {s}, which the map cannot fill: only {z}, {x} and {y} (for {s}, name one of "
                           "the servers, e.g. a.tile.example.org): \"https://{s}.tile.example.org/{z}/{x}/{y}.png\""));
    EXPECT_EQ(refused("https://example.org/{z}/{x}/{-y}.png/{y}").left(18), QStringLiteral("the template has {"));
    EXPECT_EQ(refused("https://example.org/{z}/{x}/{y}.png#top"),
            QStringLiteral("a tile URL has no # part and no stray braces: \"https://example.org/{z}/{x}/{y}.png#top\""));
    EXPECT_EQ(refused("https://example.org/{z}/{x}/{y}}.png").left(20), QStringLiteral("a tile URL has no # "));
}

} // namespace
