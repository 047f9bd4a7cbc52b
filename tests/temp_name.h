// A temp-dir name no other test process picks: std::rand() starts from the same
// seed in every process, so tests run in parallel (ctest -j) would collide.
#pragma once

#include <filesystem>
#include <random>
#include <string>

inline std::filesystem::path unique_temp_path(const std::string& prefix) {
  static std::mt19937_64 gen{std::random_device{}()};
  return std::filesystem::temp_directory_path() / (prefix + std::to_string(gen()));
}
