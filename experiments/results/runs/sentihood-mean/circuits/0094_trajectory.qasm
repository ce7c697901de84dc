// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6284883102915572) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e98644d79ce1861297b1e77f7c8cd54b32305ba4589d75f2537c1abb33df03db
