# The users' guide's pictures (resources/manual/LANG/images), taken on demand and committed:
#   cmake --build build --target manual_screenshots
# A demo database as of a fixed day (so that the dashboard has overdue items), the program
# offscreen in each language; pngquant, where installed, makes the PNGs small.
add_executable(qinqing_manual_shots manual_screenshots.cpp)
target_include_directories(qinqing_manual_shots PRIVATE ${PROJECT_SOURCE_DIR})
target_link_libraries(qinqing_manual_shots PRIVATE qinqing_ui qinqing_warnings)
set(_shots_db ${CMAKE_CURRENT_BINARY_DIR}/manual-demo.sqlite)
set(_shots_day 2026-11-16)
set(_shots_env QT_QPA_PLATFORM=offscreen QINQING_TODAY=${_shots_day} LC_ALL=C.UTF-8)
set(_shots_out ${PROJECT_SOURCE_DIR}/resources/manual)
add_custom_target(manual_screenshots
    COMMAND ${CMAKE_COMMAND} -E rm -f ${_shots_db} ${_shots_db}-wal ${_shots_db}-shm
    COMMAND $<TARGET_FILE:qinqing-cli> --db ${_shots_db} init --profile wushen
    COMMAND $<TARGET_FILE:qinqing-cli> --db ${_shots_db} demo --appeals 400 --seed 7
            --today ${_shots_day}
    COMMAND ${CMAKE_COMMAND} -E env ${_shots_env} $<TARGET_FILE:qinqing_manual_shots>
            --db ${_shots_db} --language zh_CN --out ${_shots_out}/zh_CN/images
    COMMAND ${CMAKE_COMMAND} -E env ${_shots_env} $<TARGET_FILE:qinqing_manual_shots>
            --db ${_shots_db} --language en --out ${_shots_out}/en/images
    DEPENDS qinqing-cli qinqing_manual_shots
    COMMENT "Taking the manual's screenshots"
    VERBATIM)
