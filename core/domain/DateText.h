#pragma once

#include <QDate>
#include <QStringView>

namespace Doudi {

// Dates written in digits, read by hand: QDate::fromString parses through a format engine, and a
// re-evaluation reads a birth date for every member of every household.
namespace DateText {

// Eight digits, yyyyMMdd (the birth date inside an ID number); the caller has checked they are digits.
// Invalid when they are no real date.
QDate fromDigits(QStringView yyyymmdd);

// yyyy-MM-dd as stored; anything else as QDate::fromString(…, Qt::ISODate) reads it.
QDate fromIso(QStringView text);

} // namespace DateText

} // namespace Doudi
