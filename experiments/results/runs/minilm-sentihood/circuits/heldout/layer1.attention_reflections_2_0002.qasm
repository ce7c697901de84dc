// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1566035418175846) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 af407e58fe66bb60f1b692c25a516806860f0a539c04a84e4c1fd7108c43962f
