// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5229857973579843) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 93430a187257a16c8b3272b26cd1e7ab2adfcf6ff7e78b7a31e2184021e411f4
