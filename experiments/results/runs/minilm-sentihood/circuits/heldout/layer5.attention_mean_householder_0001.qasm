// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.9560448249518855) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 301acfeb56ebe3cf5cd95bf2d6056e59bbf3661a6dea6f485d0cbd599c336a01
