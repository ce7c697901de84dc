// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0508599789249167) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 590054adebfec8ffc384f119dc51cf702a53926ca27d944950bc81be4874a4a0
