// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2486262168825122) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0ce7660ebc72c5f29af7862af03079f3bc58cf4d9e8b6780fa147b1a3b2e5ef8
