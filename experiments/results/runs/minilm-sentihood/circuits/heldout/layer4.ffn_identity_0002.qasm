// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3060009343583574) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fb019b172ce01c8ea17c0bbaf2ae6941c8a27dd107612bd12f099a0ee4749b58
