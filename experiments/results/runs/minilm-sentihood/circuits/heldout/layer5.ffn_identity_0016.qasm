// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7159606716264866) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9f5e0c236daea31019f1ef80527257a389e45716047588a39a5fee48e0d93a1d
