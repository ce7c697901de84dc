// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1188207901516505) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bfff0e935e5bc611ca23de35819a4ebe26a02b70aa023e0bb540033c8813a27b
