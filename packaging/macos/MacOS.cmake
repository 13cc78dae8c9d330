# The macOS disk image (DragNDrop), included from packaging/CMakeLists.txt on macOS only; not built on
# the Debian machines the project is tested on. nacre is a bundle (app/CMakeLists.txt) whose
# Info.plist (Info.plist.in) carries the bundle id NACRE_DESKTOP_ID and the nacre:// scheme;
# macdeployqt, through Qt's deployment script, copies the Qt frameworks and plugins into it.
qt_generate_deploy_app_script(TARGET nacre FILENAME_VARIABLE NACRE_DEPLOY_SCRIPT NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${NACRE_DEPLOY_SCRIPT}" COMPONENT nacre)

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Nacre ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
# One image with the app; nacred on macOS is for development, built from source.
set(CPACK_COMPONENTS_ALL nacre)
set(CPACK_DMG_COMPONENT_INSTALL OFF)
set(CPACK_BUNDLE_NAME "Nacre")
