#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Doudi {

class Database;

// How a township and its city come to trust each other (issue: sync, enrolment). The city writes
// an enrolment package for a township: its public keys, the township's name, the policies in
// force. It is signed, not sealed (nothing in it is private, and the township's keys are not known
// yet). The township imports it only after a person has compared the city's key fingerprint, read
// out by the city, with the one Doudi shows; the city then becomes its peer, in one transaction
// with the policies.
class Enrolment final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::Enrolment)

public:
    // At the city: the package for a township (recorded as a peer whose keys come later).
    static Result<QByteArray> write(Database& city, const Session& session, const QString& townshipCode,
                                    const QString& townshipName);

    struct Imported
    {
        QString cityCode;
        QString cityName;
        QString fingerprint;
        int policies = 0;
        bool alreadyEnrolled = false;
    };
    // At the township: checks the format, that it is for this township, that the fingerprint is the
    // one given (`trust`; when empty, refused with the fingerprint to compare) and the signature.
    static Result<Imported> import(Database& township, const Session& session, const QByteArray& file,
                                   const QString& trust);

private:
    Enrolment() = delete;
};

} // namespace Doudi
