// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8774393513383507) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2e700898de776f313441cf9fed7e68b37017a3593b80ebe80fee9a2d1e59c7fa
