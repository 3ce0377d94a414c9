#pragma once

#include "registrybench.h"

namespace core {

/// The exchange benchmark behind `metinspect-cli bench exchange`: laptops each with a month's work (500
/// signed inspections with 2,000 evidence photos of about 300 KB, random so they do not compress, like
/// camera JPEGs) export a full package each; it measures `sha256sum` over one laptop's photos against
/// that laptop's export (hashing and packing, goal within 2× of sha256sum), and merging all packages
/// (20 by default) into one bureau database (goal 60 s into PostgreSQL; into a fresh schema of the
/// location given, otherwise into a SQLite workspace, reported without the goal). Keys and files of the
/// laptops stay in the work folder.
class ExchangeBench
{
public:
    static Result<QList<BenchFigure>> run(const BenchOptions &options, const BenchLog &log);
};

} // namespace core
