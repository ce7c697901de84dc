// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5434294160164688) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 60d4da62c1f274e32ad9c201a92859b27ff9f05354075671750e0fd9b56fb694
