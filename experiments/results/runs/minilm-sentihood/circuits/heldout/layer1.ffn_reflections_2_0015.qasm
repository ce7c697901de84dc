// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7304425830308832) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e415dca34f0eb69a04d618b844be78b42a63f7c145b566621974924a7974d957
