# The Windows installer (NSIS), included from packaging/CMakeLists.txt on Windows only; not built on
# the Debian machines the project is tested on. nacre.exe is installed with the Qt libraries and
# plugins it needs, copied by windeployqt through Qt's deployment script, and registers the nacre://
# scheme so invitation and password-reset links open in it.
qt_generate_deploy_app_script(TARGET nacre FILENAME_VARIABLE NACRE_DEPLOY_SCRIPT NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${NACRE_DEPLOY_SCRIPT}" COMPONENT nacre)

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Nacre")
set(CPACK_PACKAGE_EXECUTABLES "nacre" "Nacre")
set(CPACK_CREATE_DESKTOP_LINKS "nacre")
set(CPACK_NSIS_DISPLAY_NAME "Nacre")
set(CPACK_NSIS_PACKAGE_NAME "Nacre ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\nacre.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "dev@nacre.invalid")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
# The server is a choice in the installer, off unless asked for: most Windows users run the app.
set(CPACK_COMPONENT_NACRE_DISPLAY_NAME "Nacre")
set(CPACK_COMPONENT_NACRE_REQUIRED ON)
set(CPACK_COMPONENT_NACRED_DISPLAY_NAME "nacred server")
set(CPACK_COMPONENT_NACRED_DISABLED ON)
set(CPACK_COMPONENTS_ALL nacre nacred)
# HKCU\Software\Classes\nacre: "URL Protocol", with the command that opens the link.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
    WriteRegStr HKCU "Software\Classes\nacre" "" "URL:Nacre link"
    WriteRegStr HKCU "Software\Classes\nacre" "URL Protocol" ""
    WriteRegStr HKCU "Software\Classes\nacre\shell\open\command" "" '"$INSTDIR\bin\nacre.exe" "%1"'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
    DeleteRegKey HKCU "Software\Classes\nacre"
]=])
