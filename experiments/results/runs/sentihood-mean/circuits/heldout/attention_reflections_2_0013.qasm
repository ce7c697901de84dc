// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5265458407046817) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f5a0e5910ed62a872181806af1b163ed285f0f31dd5f4aee4a638360e533913d
