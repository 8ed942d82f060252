#include "xlsxpackage.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <climits>
#include <cstring>

namespace {

constexpr int maxParts = 10'000; // a workbook has dozens; a hostile zip may claim millions

// Passes on the unpacked bytes of the zip entry open in minizip, up to a limit, and counts
// them, so that neither a zip bomb nor a long read can run away: once stopped it reads as the
// end of the data.
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

    LimitedDevice(unzFile zip, qint64 limit, std::function<bool(qint64)> counted)
        : m_zip(zip), m_limit(limit), m_counted(std::move(counted))
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
        const qint64 wanted = std::min({maxSize, m_limit - m_read + 1, qint64(INT_MAX)});
        const int n = unzReadCurrentFile(m_zip, data, unsigned(wanted));
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

    unzFile m_zip;
    qint64 m_limit;
    std::function<bool(qint64)> m_counted;
    qint64 m_read = 0;
    Stop m_stop = Stop::No;
    bool m_exhausted = false;
};

// A zip held in memory, which minizip reads through the file functions below: bytes given as
// a QByteArray are unpacked where they are, never written to a temporary file.
struct MemoryZip
{
    QByteArray bytes;
    quint64 position = 0;
};

MemoryZip *memoryZip(voidpf stream)
{
    return static_cast<MemoryZip *>(stream);
}

// minizip passes unzOpen2_64()'s path on to here: it is the MemoryZip, and the stream too.
voidpf ZCALLBACK memoryOpen(voidpf, const void *zip, int mode)
{
    return (mode & ZLIB_FILEFUNC_MODE_WRITE) ? nullptr : const_cast<void *>(zip);
}

uLong ZCALLBACK memoryRead(voidpf, voidpf stream, void *buffer, uLong size)
{
    MemoryZip *zip = memoryZip(stream);
    const quint64 n = std::min<quint64>(size, quint64(zip->bytes.size()) - zip->position);
    std::memcpy(buffer, zip->bytes.constData() + zip->position, n);
    zip->position += n;
    return uLong(n);
}

uLong ZCALLBACK memoryWrite(voidpf, voidpf, const void *, uLong)
{
    return 0; // read only
}

ZPOS64_T ZCALLBACK memoryTell(voidpf, voidpf stream)
{
    return memoryZip(stream)->position;
}

long ZCALLBACK memorySeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    MemoryZip *zip = memoryZip(stream);
    const quint64 size = quint64(zip->bytes.size());
    quint64 from = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        from = zip->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        from = size;
    else if (origin != ZLIB_FILEFUNC_SEEK_SET)
        return -1;
    // Offsets come from the zip's own (perhaps hostile) headers: past the end is an error.
    if (offset > size - from)
        return -1;
    zip->position = from + offset;
    return 0;
}

int ZCALLBACK memoryClose(voidpf, voidpf)
{
    return 0; // the bytes belong to the archive that opened them
}

int ZCALLBACK memoryError(voidpf, voidpf)
{
    return 0; // reading memory cannot fail; a short read is the end of the bytes
}

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

// An open zip, read by minizip from a file on disk or from bytes in memory.
class XlsxPackage::Archive
{
public:
    // nullptr when the data is not a zip, or one too damaged to find its directory.
    static std::unique_ptr<Archive> open(QIODevice *device);
    ~Archive() { unzClose(m_zip); }
    unzFile zip() const { return m_zip; }
    bool goTo(const Entry &entry) const
    {
        unz64_file_pos position{entry.directoryOffset, entry.index};
        return unzGoToFilePos64(m_zip, &position) == UNZ_OK;
    }

private:
    std::unique_ptr<MemoryZip> m_memory; // what m_zip reads, unless it reads a file
    unzFile m_zip = nullptr;
};

std::unique_ptr<XlsxPackage::Archive> XlsxPackage::Archive::open(QIODevice *device)
{
    auto archive = std::make_unique<Archive>();
    const auto *file = qobject_cast<QFileDevice *>(device);
    if (file && !file->fileName().isEmpty() && QFileInfo(file->fileName()).isNativePath()) {
        archive->m_zip = unzOpen64(QFile::encodeName(file->fileName()).constData());
    } else { // a QBuffer (the bytes are shared, not copied), or a file in Qt's resources
        const auto *buffer = qobject_cast<QBuffer *>(device);
        archive->m_memory = std::make_unique<MemoryZip>();
        archive->m_memory->bytes = buffer ? buffer->data() : device->readAll();
        zlib_filefunc64_def functions{memoryOpen, memoryRead,  memoryWrite, memoryTell,
                                      memorySeek, memoryClose, memoryError, nullptr};
        archive->m_zip = unzOpen2_64(archive->m_memory.get(), &functions);
    }
    return archive->m_zip ? std::move(archive) : nullptr;
}

XlsxPackage::~XlsxPackage() = default;

bool XlsxPackage::open(QString *error)
{
    const auto fail = [&](const QString &message) {
        *error = message;
        m_parts.clear();
        return false;
    };
    const QString notZip =
        tr("%1: not an XLSX file (it is not a zip archive, or the archive is damaged).")
            .arg(m_sourceName);
    const QString tooMany = tr("%1: not an XLSX file (the archive holds more than %2 files).")
                                .arg(m_sourceName)
                                .arg(maxParts);
    m_archive = Archive::open(m_device);
    unz_global_info64 global;
    if (!m_archive || unzGetGlobalInfo64(m_archive->zip(), &global) != UNZ_OK)
        return fail(notZip);
    if (global.number_entry > quint64(maxParts))
        return fail(tooMany);
    unzFile zip = m_archive->zip();
    QByteArray name(0x10000, Qt::Uninitialized); // a zip's names are under 64 KiB
    int status = unzGoToFirstFile(zip);
    for (; status == UNZ_OK; status = unzGoToNextFile(zip)) {
        unz_file_info64 info;
        unz64_file_pos position;
        if (unzGetCurrentFileInfo64(zip, &info, name.data(), uLong(name.size()), nullptr, 0,
                                    nullptr, 0) != UNZ_OK ||
            unzGetFilePos64(zip, &position) != UNZ_OK)
            return fail(notZip);
        if (m_parts.size() >= maxParts) // a count of 65535 means "unknown" to minizip
            return fail(tooMany);
        // Part names are ASCII in practice; UTF-8 covers the rest (and the 0x800 flag).
        const QString key =
            QString::fromUtf8(name.constData(), qsizetype(info.size_filename)).toLower();
        if (!m_parts.contains(key)) // like a search by name, the first entry wins
            m_parts.insert(
                key, {position.pos_in_zip_directory, position.num_of_file, info.uncompressed_size});
    }
    return status == UNZ_END_OF_LIST_OF_FILE ? true : fail(notZip);
}

qint64 XlsxPackage::unpackedSize(const QString &part) const
{
    const auto entry = m_parts.constFind(part.toLower());
    if (entry == m_parts.cend())
        return 0;
    return qint64(std::min<quint64>(entry->unpackedSize, quint64(m_maxPartSize)));
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
    const auto entry = m_parts.constFind(part.toLower());
    if (entry == m_parts.cend() || !m_archive->goTo(*entry)) {
        *error = tr("%1: not a complete XLSX file (%2 is missing).").arg(m_sourceName, part);
        return false;
    }
    unzFile zip = m_archive->zip();
    if (const int status = unzOpenCurrentFile(zip); status != UNZ_OK) {
        *error =
            tr("%1: %2 cannot be unpacked (zip error %3).").arg(m_sourceName, part).arg(status);
        return false;
    }
    LimitedDevice device(zip, m_maxPartSize, [this](qint64 n) {
        m_progressDone += n;
        return !m_progress || m_progress(m_progressDone, std::max(m_progressTotal, m_progressDone));
    });
    QXmlStreamReader xml(&device);
    handler(xml);
    // Closed whatever happened, so that another part can be opened; having read the whole
    // entry, minizip compares its checksum here.
    const int closed = unzCloseCurrentFile(zip);
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
    if (closed == UNZ_CRCERROR) {
        *error = tr("%1: %2 is damaged (its checksum does not match).").arg(m_sourceName, part);
        return false;
    }
    return true;
}
