#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// Formatting physical quantities for people happens here and only here. Values come in
// SI base units (watts, bytes, bytes per second, FLOP/s, kilograms, seconds) and go out
// with three significant digits and a decimal (SI) prefix: "10.2 kW", "80 GB", "3.35 TB/s".
class UnitFormat
{
    Q_DECLARE_TR_FUNCTIONS(UnitFormat)

public:
    explicit UnitFormat(QLocale locale = QLocale())
        : m_locale(std::move(locale))
    { }

    QString power(double watts) const;
    QString energy(double joules) const; // Wh, kWh, MWh, GWh
    QString bytes(double bytes) const; // decimal: 1 GB = 1e9 bytes, as vendors print them
    QString bandwidth(double bytesPerSecond) const;
    QString bitRate(double bitsPerSecond) const; // network ports: "400 Gb/s"
    QString flops(double flopsPerSecond) const;
    QString mass(double kilograms) const;
    QString length(double metres) const; // rack depth and width: "1,070 mm"
    QString duration(double seconds) const; // "45 s", "12 min", "3.2 h", "14.8 days"
    QString percent(double fraction) const; // 0.452 -> "45%"
    QString number(double value) const; // three significant digits, no unit
    // Large counts as machine-learning people write them: "950", "4.19M", "70B", "2T"
    // (tokens, parameters, requests). k, M, B, T are the field's own prefixes, not SI's.
    QString count(double value) const;
    QString rackUnits(int units) const; // rack height: "6U"

private:
    QString scaled(double value, const char *const units[], int unitCount, double step) const;
    QString significant(double value) const;

    QLocale m_locale;
};
