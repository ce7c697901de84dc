// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2805440755788644) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fed3fc582bf85c7089bcb11910c03a93c24fd14399dfd39f653d6625d877d3cf
