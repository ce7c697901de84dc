// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5501066317482046) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e759f61a30abe127e54ae247f395c47e7c50f2aefe7fd057cf91e0dca1309e9a
