// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.35579254750857753) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e42ff48326732eae72d2a9d50b1364a4bfc379da1cd17321417b5e8b75eb9b35
