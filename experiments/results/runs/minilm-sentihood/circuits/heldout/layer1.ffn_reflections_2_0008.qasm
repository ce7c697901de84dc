// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1715263813286247) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 211bd2a2c0640aec7afb3d7732755b66ef381fa4b00335e4cfdca9a4cfe92299
