// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9485707170128985) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 519351c347ea880b8da578b5e35760c8c86066ae681c7bd32f255bcdfb48b7e2
