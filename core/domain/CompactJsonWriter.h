#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdio>

namespace Doudi {

// Appends JSON text: strings escaped as RFC 8259 asks, numbers and booleans as they are. Written
// directly rather than through QJsonObject for what bulk work stores of every household and
// determination (several times faster); keys come in the order the writer gives them.
class CompactJsonWriter final
{
public:
    QByteArray out;

    CompactJsonWriter& raw(const char* text)
    {
        out.append(text);
        return *this;
    }
    CompactJsonWriter& key(const char* name)
    {
        if (!out.isEmpty() && out.back() != '{' && out.back() != '[')
            out.append(',');
        out.append('"').append(name).append("\":");
        return *this;
    }
    CompactJsonWriter& string(const QString& text)
    {
        out.append('"');
        for (const char c : text.toUtf8()) {
            switch (c) {
            case '"':
                out.append("\\\"");
                break;
            case '\\':
                out.append("\\\\");
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
                    out.append(escaped);
                } else {
                    out.append(c);
                }
            }
        }
        out.append('"');
        return *this;
    }
    CompactJsonWriter& number(qint64 n)
    {
        out.append(QByteArray::number(n));
        return *this;
    }
    CompactJsonWriter& boolean(bool b)
    {
        out.append(b ? "true" : "false");
        return *this;
    }
    CompactJsonWriter& strings(const QStringList& list)
    {
        out.append('[');
        for (qsizetype i = 0; i < list.size(); ++i)
            next(i == 0).string(list[i]);
        out.append(']');
        return *this;
    }
    // An element of an array, after the first.
    CompactJsonWriter& next(bool first)
    {
        if (!first)
            out.append(',');
        return *this;
    }
};

} // namespace Doudi
