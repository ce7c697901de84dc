// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4988871716691883) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0dec9d03568dcbb064669211b063f7cfad6516dc594ec78fb7aa5b465847776c
