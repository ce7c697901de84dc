// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.57704786269549) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 85531854ce207cb1e8833bbd6c2d010c8b1a4d685f55f65b1ea8d449d7f96c50
