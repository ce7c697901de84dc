// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.13465202300119072) q[0];
ry(1.060398850566391) q[0];
rz(-0.0660848536324492) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 026f02bc3e28561b66312ae49d116dd153598f07f63a4887c322098d2af8363c
