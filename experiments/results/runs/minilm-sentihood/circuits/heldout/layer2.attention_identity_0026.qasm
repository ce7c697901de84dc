// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.332478712388368) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4b19aa2e05ec91731e48b80729096a3227e8254781c217bc141e2f424342e9dd
