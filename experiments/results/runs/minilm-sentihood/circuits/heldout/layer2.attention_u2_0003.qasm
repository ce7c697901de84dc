// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2748439852692157) q[0];
ry(1.5345758832939416) q[0];
rz(-0.010210859531104788) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e96228a115233d938b7ac172202708871f9bbaf6ba52a9055c8a848257270985
