// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.102258347576715) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b922e1e8e22f15575929082a39ca70939ce84674fab928893351a7eabd7fc5e8
