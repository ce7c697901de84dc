// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.22186684663714917) q[0];
ry(1.4056346456651674) q[0];
rz(-0.03707109848826429) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aa25ae2b19d02f18873eb0f12d0a230cf06706d0094850378359ab10496217de
