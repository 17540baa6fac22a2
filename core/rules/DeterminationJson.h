#pragma once

#include "Result.h"
#include "rules/Determination.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Doudi {

// Writes (and reads back, for stored determinations) `doudi-determination/1`.
class DeterminationJson final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::DeterminationJson)

public:
    static inline const QString kFormat = QStringLiteral("doudi-determination/1");

    static QString classificationCode(Classification c);
    static std::optional<Classification> classificationFromCode(const QString& code);
    static QString classificationLabel(Classification c);
    // Words for the codes inside a determination: member categories and score indicators.
    static QString categoryLabel(const QString& code);
    static QString indicatorLabel(const QString& id);

    // Without `trace` the output is the same bytes on every machine.
    static QJsonObject toJson(const Determination& d, bool withTrace = true);
    static QByteArray write(const Determination& d, bool withTrace = true);
    // The same document, trace included, as compact JSON written directly (what a saved
    // determination stores); its keys are in a fixed order of its own.
    static QByteArray compact(const Determination& d);
    static Result<Determination> fromJson(const QJsonObject& o);

private:
    DeterminationJson() = delete;
};

} // namespace Doudi
