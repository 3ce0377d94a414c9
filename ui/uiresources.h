#pragma once

namespace ui {

/// Registers resources/resources.qrc (help pages, icons, templates). The library is static, so the
/// linker would otherwise drop the resource object nobody refers to; call before reading ":/…" files.
/// Cheap to call again.
void initResources();

} // namespace ui
