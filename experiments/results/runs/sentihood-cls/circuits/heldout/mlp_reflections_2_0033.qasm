// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0609764924045817) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4195efa6c92fb588209efc411bfee43e12b707b8950699cf7438f6f20366ff88
