#pragma once

#include <QJsonObject>

class DataHall;

// The layout as JSON for `headroom project info --json`: every rack with its type,
// space, power, weight, cooling, placements and broken limits, and the hall's totals.
// A public interface that users script against: keys are stable and never translated
// (messages are, as the user reads them).
class ProjectSummary
{
public:
    static QJsonObject toJson(const DataHall &hall);
};
