#include "model/workload/assignmenttarget.h"

QString AssignmentTarget::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Rack:
        return QStringLiteral("rack");
    case Kind::Row:
        return QStringLiteral("row");
    case Kind::Hall:
        break;
    }
    return QStringLiteral("hall");
}

std::optional<AssignmentTarget::Kind> AssignmentTarget::kindFromKey(const QString &key)
{
    for (Kind kind : {Kind::Server, Kind::Rack, Kind::Row, Kind::Hall}) {
        if (key == kindKey(kind))
            return kind;
    }
    return std::nullopt;
}
