#include "xlsxpackage.h"

#include <QIODevice>
#include <QUrl>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/unzip.h>

namespace {

constexpr int maxParts = 10'000; // a workbook has dozens; a hostile zip may claim millions

// Passes on a part's unpacked bytes up to a limit and counts them, so that neither a zip bomb
// nor a long read can run away: once stopped it reads as the end of the data.
class LimitedDevice : public QIODevice
{
public:
    enum class Stop
    {
        No,
        TooLarge,
        Cancelled,
        Damaged
    };

    LimitedDevice(QIODevice *source, qint64 limit, std::function<bool(qint64)> counted)
        : m_source(source), m_limit(limit), m_counted(std::move(counted))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    // Once a read gives nothing the XML reader must see the end, or it would wait for more.
    bool atEnd() const override { return m_exhausted; }
    Stop stop() const { return m_stop; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_stop != Stop::No)
            return -1;
        const qint64 n = m_source->read(data, std::min(maxSize, m_limit - m_read + 1));
        if (n < 0)
            return halt(Stop::Damaged);
        m_exhausted = n == 0;
        m_read += n;
        if (m_read > m_limit)
            return halt(Stop::TooLarge);
        if (n > 0 && !m_counted(n))
            return halt(Stop::Cancelled);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 halt(Stop why)
    {
        m_stop = why;
        m_exhausted = true;
        return -1;
    }

    QIODevice *m_source;
    qint64 m_limit;
    std::function<bool(qint64)> m_counted;
    qint64 m_read = 0;
    Stop m_stop = Stop::No;
    bool m_exhausted = false;
};

// A relationship's target is a URI relative to the folder of the part that holds it.
QString resolvePartName(const QString &fromPart, const QString &target)
{
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    QString path = decoded.startsWith(QLatin1Char('/'))
                       ? decoded
                       : fromPart.left(fromPart.lastIndexOf(QLatin1Char('/')) + 1) + decoded;
    QStringList resolved;
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == QLatin1String(".."))
            resolved.isEmpty() ? void() : resolved.removeLast();
        else if (segment != QLatin1String("."))
            resolved << segment;
    }
    return resolved.join(QLatin1Char('/'));
}

QString relationshipsPartOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) +
           QStringLiteral(".rels");
}

} // namespace

XlsxPackage::XlsxPackage(QIODevice *device, const QString &sourceName, qint64 maxPartSize)
    : m_device(device), m_sourceName(sourceName), m_maxPartSize(maxPartSize)
{
}

XlsxPackage::~XlsxPackage() = default;

bool XlsxPackage::open(QString *error)
{
    m_zip = std::make_unique<QuaZip>(m_device);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        *error = tr("%1: not an XLSX file (it is not a zip archive, or the archive is damaged).")
                     .arg(m_sourceName);
        return false;
    }
    if (m_zip->getEntriesCount() > maxParts) {
        *error = tr("%1: not an XLSX file (the archive holds more than %2 files).")
                     .arg(m_sourceName)
                     .arg(maxParts);
        return false;
    }
    for (const QString &name : m_zip->getFileNameList())
        m_parts.insert(name.toLower(), name);
    return true;
}

qint64 XlsxPackage::unpackedSize(const QString &part) const
{
    QuaZipFileInfo64 info;
    if (!contains(part) || !m_zip->setCurrentFile(m_parts.value(part.toLower())) ||
        !m_zip->getCurrentFileInfo(&info))
        return 0;
    return qint64(std::min<quint64>(info.uncompressedSize, quint64(m_maxPartSize)));
}

void XlsxPackage::setProgress(const ProgressCallback &progress, qint64 total)
{
    m_progress = progress;
    m_progressTotal = total;
    m_progressDone = 0;
}

std::optional<XlsxPackage::Relationships> XlsxPackage::relationships(const QString &part,
                                                                     QString *error)
{
    Relationships found;
    const QString relsPart = relationshipsPartOf(part);
    if (!contains(relsPart))
        return found;
    const bool ok = readXml(
        relsPart,
        [&](QXmlStreamReader &xml) {
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement ||
                    xml.name() != QLatin1String("Relationship"))
                    continue;
                const QXmlStreamAttributes a = xml.attributes();
                if (a.value(QLatin1String("TargetMode")) == QLatin1String("External"))
                    continue;
                found.insert(a.value(QLatin1String("Id")).toString(),
                             {a.value(QLatin1String("Type")).toString(),
                              resolvePartName(part, a.value(QLatin1String("Target")).toString())});
            }
        },
        error);
    return ok ? std::optional(found) : std::nullopt;
}

bool XlsxPackage::readXml(const QString &part, const XmlHandler &handler, QString *error)
{
    if (!contains(part) || !m_zip->setCurrentFile(m_parts.value(part.toLower()))) {
        *error = tr("%1: not a complete XLSX file (%2 is missing).").arg(m_sourceName, part);
        return false;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2 cannot be unpacked (zip error %3).")
                     .arg(m_sourceName, part)
                     .arg(file.getZipError());
        return false;
    }
    LimitedDevice device(&file, m_maxPartSize, [this](qint64 n) {
        m_progressDone += n;
        return !m_progress || m_progress(m_progressDone, std::max(m_progressTotal, m_progressDone));
    });
    QXmlStreamReader xml(&device);
    handler(xml);
    switch (device.stop()) {
    case LimitedDevice::Stop::TooLarge:
        *error = tr("%1: %2 is larger than %3 MB when unpacked.")
                     .arg(m_sourceName, part)
                     .arg(m_maxPartSize / (1024 * 1024));
        return false;
    case LimitedDevice::Stop::Cancelled:
        *error = tr("%1: reading was cancelled.").arg(m_sourceName);
        return false;
    case LimitedDevice::Stop::Damaged:
        *error = tr("%1: %2 is damaged and cannot be unpacked.").arg(m_sourceName, part);
        return false;
    case LimitedDevice::Stop::No:
        break;
    }
    if (xml.hasError()) {
        *error = tr("%1: %2 line %3: %4")
                     .arg(m_sourceName, part)
                     .arg(xml.lineNumber())
                     .arg(xml.errorString());
        return false;
    }
    file.close();
    if (file.getZipError() == UNZ_CRCERROR) {
        *error = tr("%1: %2 is damaged (its checksum does not match).").arg(m_sourceName, part);
        return false;
    }
    return true;
}
