// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5323529698960479) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 93bd25dffb9edb239c91c4ce634d060795d185953d14478871c073829d190391
