# CPack: a .deb on Linux; on Windows an NSIS installer after windeployqt has gathered the Qt DLLs.
set(CPACK_PACKAGE_NAME "heatdesk")
set(CPACK_PACKAGE_VENDOR "HeatDesk developers")
set(CPACK_PACKAGE_CONTACT "HeatDesk developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
if(WIN32)
  set(CPACK_GENERATOR "NSIS")
else()
  set(CPACK_GENERATOR "DEB")
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
endif()
include(CPack)

# Meter-model profiles ship as data: ProfileStore looks in <prefix>/share/heatdesk/cjt188-profiles
# next to the binaries, then in the user's data folder, where a technician adds their own.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/resources/cjt188-profiles/ DESTINATION share/heatdesk/cjt188-profiles
        FILES_MATCHING PATTERN "*.json")
