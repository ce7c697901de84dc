// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5082072334933854) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ad957b370391630f2b151d8ef18d850e5641d61ca87d29ddf4a04aa8f7aade4a
