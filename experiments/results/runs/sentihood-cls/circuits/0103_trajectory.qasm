// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9239482475963934) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ea5591278e5b3d332c3a5ce380773f4797de7ae924a9b34b52b0a6f6b01b6b03
