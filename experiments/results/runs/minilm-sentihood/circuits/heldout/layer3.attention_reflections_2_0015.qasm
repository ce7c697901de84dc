// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8499679545088459) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 41225aff79e71f34843e0dbc6da6ef18c9e6e751dbecd164cc768775381e6bdd
