// SPDX-License-Identifier: MIT
// The hostile corpus: tests/hostile/cases/NAME/ is one bad (or oddly encoded) data directory.
//
//   expected.txt   every problem the user must see, one per line, exactly as `--validate` prints
//                  it, with the data directory written as DIR ("#" lines are comments). No error
//                  line means the data must load.
//   base           optional; "bundled" starts from data/ instead of the three-district fixture
//   remove         optional; files to delete from the copy, one per line
//   anything else  replaces (or adds) that file in a copy of the base
//
// `tst_hostile --actual NAME` prints what the core reports for a case (for writing expected.txt;
// read it before you trust it).
//
// Cases too large or too strange to keep as files (100 MB, 100,000 levels of nesting, symbolic
// link loops, directories where files belong, unreadable files, GCJ-02 shifted boundaries) are
// made here, in code, at test time; their folder holds only expected.txt.
#pragma once

#include <QString>
#include <QStringList>

namespace hostile {

/** The names of all cases (folders under tests/hostile/cases), sorted. */
QStringList caseNames();

/** The expected problem lines of a case (DIR stands for the data directory). */
QStringList expectedLines(const QString &name);

struct Prepared {
    QString dir; ///< the data directory to load (empty when it could not be made)
    bool needsUnprivileged = false; ///< only means something when read by a user without root's powers
    QString error; ///< why it could not be made
};

/** Makes the case's data directory inside `parent` (which must exist), named after the case or
    `dirName` (replacing whatever is there: the UI tests turn one live directory into each case). */
Prepared prepare(const QString &name, const QString &parent, const QString &dirName = {});

/** Whether the case starts from the bundled data (else the three-district fixture). */
bool basedOnBundled(const QString &name);

/** Replaces `dir` with a copy of the bundled data (or the fixture); "" on success, else why not. */
QString copyBase(bool bundled, const QString &dir);

/** WGS84 → GCJ-02 as Chinese web maps shift coordinates (written independently of the core's). */
void toGcj02(double &lon, double &lat);

} // namespace hostile
