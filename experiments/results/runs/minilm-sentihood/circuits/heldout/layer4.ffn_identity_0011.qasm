// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6036688037585947) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fcf565c89a8b9e910c81de91374070de0bb48baa8d8cd0653040153f8f846942
