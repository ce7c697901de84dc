// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1393134527958917) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 886b05bb76183e83c7fe600fa6d9c376297264c5b51d57e8d188b0d2e22a6d63
