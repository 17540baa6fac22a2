#pragma once

#include "domain/Household.h"

#include <QString>

namespace Doudi {

// One row of the household list: what the clerk scans, without loading members and items.
struct HouseholdSummary
{
    QString id;
    QString villageCode;
    QString villageName;
    Residence residence = Residence::Rural;
    QString headName;
    QString headIdNumber;
    int memberCount = 0;
    HouseholdStatus status = HouseholdStatus::None;
    QString address;
    QString matchedMember; // a search's match when not the head (王秀英, a member of 李强's household)
};

// Households of one status and the persons in them (every member: the status is the household's).
struct StatusCount
{
    qint64 households = 0;
    qint64 persons = 0;
};

// Which households the list shows, and in what order.
struct HouseholdFilter
{
    enum class SortKey
    {
        HeadName,
        HeadIdNumber,
        Village,
        MemberCount,
        Residence,
        Status,
        Address
    };

    QString villageCode; // empty: every village
    QString search;      // part of a member's name or ID number; empty: everybody
    SortKey sortKey = SortKey::HeadName;
    bool descending = false;
};

} // namespace Doudi
