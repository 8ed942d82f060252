#pragma once

#include "io/sheet.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QXmlStreamReader;

// The zip container of an .xlsx file (Open Packaging Conventions) for XlsxReader: finds parts
// by name, follows relationships, and streams a part's XML with a limit on its unpacked size,
// so that a zip bomb fails like any broken file. Every error names the file and the part.
// The zip is read with the system minizip, the zip library libxlsxwriter uses too.
class XlsxPackage
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    struct Relationship
    {
        QString type;   // e.g. ".../relationships/worksheet"
        QString target; // the part it points to, resolved to a name in the zip
    };
    using Relationships = QHash<QString, Relationship>; // by id
    // Reads a part's XML; semantic problems are reported with QXmlStreamReader::raiseError().
    using XmlHandler = std::function<void(QXmlStreamReader &xml)>;

    // A file on disk is read through its path, any other device (a QBuffer) from its bytes.
    XlsxPackage(QIODevice *device, const QString &sourceName, qint64 maxPartSize);
    ~XlsxPackage();

    bool open(QString *error);
    bool contains(const QString &part) const { return m_parts.contains(part.toLower()); }
    qint64 unpackedSize(const QString &part) const;

    // The relationships a part has (none when it has no .rels part).
    std::optional<Relationships> relationships(const QString &part, QString *error);
    bool readXml(const QString &part, const XmlHandler &handler, QString *error);

    // Reading reports unpacked bytes against total to progress; false from it cancels.
    void setProgress(const ProgressCallback &progress, qint64 total);

private:
    class Archive; // the open zip, in minizip's terms
    // Where a part's entry is in the zip (minizip's unz64_file_pos) and its claimed size.
    struct Entry
    {
        quint64 directoryOffset = 0;
        quint64 index = 0;
        quint64 unpackedSize = 0;
    };

    QIODevice *m_device;
    QString m_sourceName;
    qint64 m_maxPartSize;
    std::unique_ptr<Archive> m_archive;
    QHash<QString, Entry> m_parts; // by lower-case name
    ProgressCallback m_progress;
    qint64 m_progressTotal = 0;
    qint64 m_progressDone = 0;
};
