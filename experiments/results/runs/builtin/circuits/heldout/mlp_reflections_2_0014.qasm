// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6082034627426216) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7c8a24cb9f779574716b1ecd404fa3a6d82f8bd46f23a7499c6825663adfd199
